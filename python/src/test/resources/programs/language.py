# --- from classes
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, Flag, auto
import abc

@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1, 2)
print(p, p == Point(1, 2), p < Point(2, 0))
print(asdict(p), replace(p, y=5))

@dataclass(frozen=True)
class Frozen:
    a: int
try:
    Frozen(1).a = 2
except Exception as e:
    print(type(e).__name__, e)

class Color(Enum):
    RED = 1
    GREEN = 2
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
class Num(IntEnum):
    ONE = 1
print(Color.RED, repr(Color.GREEN), Color(2).name, list(Color))
print(Perm.R | Perm.W, Num.ONE + 1, repr(Perm.R | Perm.X))

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def __repr__(self): return f"{type(self).__name__}(area={self.area()})"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(e)
print(Sq(3))

class Meta(type):
    def __new__(m, name, bases, ns):
        ns['made_by'] = 'Meta'
        return super().__new__(m, name, bases, ns)
class WithMeta(metaclass=Meta): pass
print(WithMeta.made_by, WithMeta.__mro__)

class Slots:
    __slots__ = ('a',)
s = Slots()
try:
    s.b = 1
except AttributeError as e:
    print(e)

class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 2
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def st(): return 'static'
o = Prop.make(); o.v = 21
print(o.v, Prop.st(), super(Prop, o).__class__)
print(sorted([Point(3), Point(1), Point(2)]))
print(object().__class__, int.__mro__, hash(1), hash((1, 2)) == hash((1, 2)))
# --- from functional
import functools, itertools, operator
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c())

def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        print('calling', f.__name__, a, k)
        return f(*a, **k)
    return w
@deco
def add(a, b=2): return a + b
print(add(1, b=3), add.__name__, add.__wrapped__.__name__)

def gen(n):
    for i in range(n):
        x = yield i
        if x: print('got', x)
    return 'done'
g = gen(3)
print(next(g), g.send('hi'), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)

def sub():
    r = yield from gen(2)
    print('sub got', r)
print(list(sub()))

@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(100), fib.cache_info())
print(functools.reduce(operator.mul, range(1, 21)))
print(list(itertools.permutations('abc', 2)))
print(list(itertools.combinations(range(5), 3))[:4])
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.islice(itertools.count(10, 5), 4)))
print([(k, list(v)) for k, v in itertools.groupby('aaabbc')])
print(list(itertools.product('ab', repeat=2)), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(itertools.pairwise([1, 2, 3])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
p = functools.partial(int, base=2); print(p('1010'))
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([3, 1, 2], reverse=True))
print(list(map(lambda x: x * x, filter(lambda x: x % 2, range(10)))))
print({k: v for k, v in zip('abc', range(3))}, [x for x in range(3) for y in range(2)])
@functools.singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
print(show(1), show('a'))
print(sorted([1, 5, 3], key=functools.cmp_to_key(lambda a, b: b - a)))
class T:
    @functools.cached_property
    def v(self):
        print('computing'); return 42
t = T(); print(t.v, t.v)
async def co():
    return 5
import asyncio
async def main():
    r = await asyncio.gather(co(), co())
    await asyncio.sleep(0)
    return r
print(asyncio.run(main()))
# --- from pickle_copy
import pickle, copy, weakref, gc, sys, io, contextlib
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __repr__(self): return f"Node({self.v}, {self.children})"
    def __eq__(self, o): return isinstance(o, Node) and (self.v, self.children) == (o.v, o.children)
t = Node(1, [Node(2), Node(3, [Node(4)])])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(t, proto)) == t
print(pickle.loads(pickle.dumps({'a': (1, 2.5, None, b'x', {3})})), len(pickle.dumps([1, 2, 3], 2)), pickle.HIGHEST_PROTOCOL)
d = copy.deepcopy(t); d.children[0].v = 99; print(t, d, copy.copy(t).children is t.children)
class C: pass
c = C(); r = weakref.ref(c); print(r() is c); del c; gc.collect(); print(r())
wd = weakref.WeakValueDictionary(); k = C(); wd['k'] = k; print(len(wd)); del k; gc.collect(); print(len(wd))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
@contextlib.contextmanager
def ctx(n):
    print("enter", n); yield n * 2; print("exit", n)
with ctx(3) as v, contextlib.suppress(KeyError):
    print("inside", v); {}['x']
with contextlib.ExitStack() as st:
    for i in range(2): st.enter_context(ctx(i))
class Del:
    def __del__(self): print("__del__ ran")
x = Del(); del x
print(sys.getrefcount(object()) >= 1, type(gc.get_count()))
# --- doctest (imports pdb, so readline)
import doctest
def add(a, b):
    """
    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    """
    return a + b
print(doctest.testmod())
