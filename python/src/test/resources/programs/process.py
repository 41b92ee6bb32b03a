# --- from misc_sys
import sys, os
print(sys.argv, os.getcwd() == os.path.dirname(os.path.abspath(__file__)), sys.path[0] == os.getcwd())
print(sys.get_int_max_str_digits(), '.' in sys.path, sys.version_info[:2], sys.implementation.name, sys.executable != None)
print(sys.stdin.encoding, sys.stdout.errors, sys.stderr.line_buffering if False else '', sys.byteorder, __debug__)
print(type(sys.modules['__main__']).__name__, __name__, __package__, __spec__)
print(sys.exc_info(), sys.flags.optimize)
import shutil; print(shutil.which('definitely-not-here'))
# --- from envtest
import os
print(os.environ.get('MY_VAR'), os.environ.get('OTHER', 'unset'), os.getenv('EMPTY'), 'MY_VAR' in os.environ)
os.environ['NEW'] = 'v'; print(os.environ['NEW'], os.getenv('NEW'))
print(os.environ.get('HOME') is None or True)
# --- from mainguard
import helper_mod
from pkgdir import thing
def main():
    print('main', __name__, helper_mod.greet('x'), thing.VALUE, helper_mod.__name__)
if __name__ == "__main__":
    main()
