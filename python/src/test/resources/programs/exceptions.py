class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise MyError(7) from e
except MyError as e:
    print(repr(e), e.code, repr(e.__cause__))
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
try:
    {}['x']
except KeyError as e:
    print('KeyError', e)
else:
    print('no')
finally:
    print('fin')
import traceback
try:
    1 / 0
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print('caught', eg.exceptions)
except* TypeError as eg:
    print('caught', eg.exceptions)
e = Exception('a', 'b'); print(e.args, str(e))
try:
    int('abc')
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('careful', DeprecationWarning)
    print(w[0].category.__name__, w[0].message)
e = ValueError('x'); e.add_note('a note'); print(e.__notes__)
def chained():
    try:
        1/0
    except Exception:
        raise RuntimeError('during handling')
chained()
