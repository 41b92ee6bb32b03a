import collections, itertools, functools, heapq, bisect, copy, pickle, textwrap, string, pprint, operator
c = collections.Counter("mississippi")
print(c.most_common(3), sorted(c.elements())[:5])
dq = collections.deque(range(5), maxlen=4); dq.rotate(2); print(dq)
od = collections.OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, list(od))
P = collections.namedtuple('P', 'x y', defaults=[0]); p = P(1); print(p, p._asdict(), p._replace(y=5))
dd = collections.defaultdict(list); dd['k'].append(1); print(dd, dict(dd))
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], list(cm))
print(list(itertools.permutations('abc', 2))[:4], list(itertools.combinations_with_replacement(range(3), 2)))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.pairwise('abcd')))
print([(k, list(g)) for k, g in itertools.groupby('aaabbc')], list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.product([0, 1], repeat=2)))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 10)), functools.partial(int, base=2)('1011'))
@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register
def _(x: list): return f"list of {len(x)}"
print(show(3), show([1, 2]), show("s"))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(4), sorted([V(3), V(1)], key=functools.cmp_to_key(lambda a, b: a.v - b.v))[0].v)
h = [5, 1, 8, 3, 9, 2]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(2, h))
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))
a = [1, 2, 4, 4, 8]; print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4)); bisect.insort(a, 5); print(a)
x = {'l': [1, [2, 3]], 't': (4,)}; y = copy.deepcopy(x); y['l'][1].append(9); print(x, y, copy.copy(x)['l'] is x['l'])
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __repr__(self): return f"Node({self.v}, {self.nxt!r})"
n = Node(1, Node(2)); data = pickle.dumps(n, protocol=4); print(len(data) > 10, pickle.loads(data))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps({'a': [1, 2.5, None, True, b'x', 'é', (1,), {3}, frozenset([4]), 2**100]}, proto))['a'][-1] == 2**100
print(pickle.HIGHEST_PROTOCOL, pickle.dumps([1, 2], protocol=2))
try:
    pickle.dumps(lambda: 1)
except Exception as e:
    print(type(e).__name__, e)
text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(text, width=30)); print(textwrap.shorten(text, 40)); print(textwrap.indent("a\nb", "> ")); print(repr(textwrap.dedent("   x\n    y")))
t = string.Template("$who likes ${what}"); print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(string.ascii_letters, string.punctuation, string.capwords("hello   world"))
pprint.pprint({'key%d' % i: list(range(i)) for i in range(8)}, width=60)
pprint.pprint([{'a': 1, 'b': {'c': [1, 2, 3] * 5}}], indent=2, width=40, sort_dicts=False)
print(pprint.pformat(set(range(30)), compact=True))
