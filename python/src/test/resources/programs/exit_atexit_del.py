import sys, atexit
def bye():
    print("atexit ran")
atexit.register(bye)
class D:
    def __del__(self):
        raise RuntimeError("in del")
d = D()
del d
print("after del")
def bad_atexit():
    raise ValueError("atexit boom")
atexit.register(bad_atexit)
sys.stdout.write("partial line no newline")
sys.exit("fatal: something went wrong")
