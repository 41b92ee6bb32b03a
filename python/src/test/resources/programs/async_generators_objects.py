import asyncio, sys, contextlib, weakref, gc, time
async def worker(name, turns, results):
    for _ in range(turns):  # turns of the loop, not seconds: the order must not depend on speed
        await asyncio.sleep(0)
    results.append(name)
    return name.upper()
async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("task failed")
async def gen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
async def main():
    results = []
    out = await asyncio.gather(worker('a', 3, results), worker('b', 1, results), worker('c', 2, results))
    print(out, results)
    r = await asyncio.gather(failing(), worker('d', 0, results), return_exceptions=True)
    print(r)
    try:
        await asyncio.wait_for(asyncio.sleep(60), timeout=0.05)
    except asyncio.TimeoutError:
        print("timeout")
    t = asyncio.create_task(worker('e', 1, results)); print(await t, t.done())
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        items = []
        while (x := await q.get()) is not None:
            items.append(x)
        return items
    print(await asyncio.gather(producer(), consumer()))
    print([x async for x in gen()])
    async with asyncio.timeout(60):
        await asyncio.sleep(0)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('f', 1, results))
    print(t1.result())
    lock = asyncio.Lock(); ev = asyncio.Event()
    async def waiter():
        await ev.wait(); return 'woke'
    w = asyncio.create_task(waiter()); await asyncio.sleep(0); ev.set(); print(await w)
    loop = asyncio.get_running_loop(); fut = loop.create_future(); loop.call_later(0.01, fut.set_result, 42); print(await fut)
    print(await loop.run_in_executor(None, sum, [1, 2])) if False else None
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0.001); return i
    print(await asyncio.gather(*(limited(i) for i in range(5))))
    task = asyncio.create_task(asyncio.sleep(10)); await asyncio.sleep(0); task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled")
asyncio.run(main())
async def boom():
    await asyncio.sleep(0)
    raise RuntimeError("async boom")
try:
    asyncio.run(boom())
except RuntimeError as e:
    print("caught", e)
def countdown(n):
    while n > 0:
        got = yield n
        if got: n = got
        n -= 1
    return "done"
g = countdown(5); print(next(g), g.send(3), list(g))
def deleg():
    r = yield from countdown(2); yield r
print(list(deleg()))
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>"); 
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("a") as t, tag("b"):
    print("inside", t)
with contextlib.suppress(KeyError):
    {}['x']
with contextlib.ExitStack() as st:
    for n in 'xy': st.enter_context(tag(n))
class Obj:
    def __del__(self): print("del Obj")
o = Obj(); r = weakref.ref(o); print(r() is o); del o; print(r())
d = weakref.WeakValueDictionary(); o2 = Obj(); d['k'] = o2; print(len(d)); del o2; gc.collect(); print(len(d))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['created_by'] = 'Meta'; return super().__new__(m, name, bases, ns)
class WithMeta(metaclass=Meta):
    __slots__ = ('a',)
    def __init_subclass__(cls, **kw): print('subclass', cls.__name__, kw)
class Sub(WithMeta, flag=1): pass
print(WithMeta.created_by, Sub.__mro__)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return f"desc {self.name}"
class UseDesc:
    attr = Desc()
    @property
    def p(self): return 1
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
    def __getattr__(self, n): return f"missing {n}"
print(UseDesc().attr, UseDesc().p, UseDesc.s(), UseDesc.c(), UseDesc().zzz)
deep = []
cur = deep
for i in range(100000):
    nxt = []; cur.append(nxt); cur = nxt
print(len(deep))
dd = {}
for i in range(10**5): dd[str(i)] = i
print(len(dd), sum(dd.values()))
big = 1
for i in range(1, 2000): big *= i
print(len(str(big)) if sys.get_int_max_str_digits() == 0 else big.bit_length())
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, 'limit' in str(e))  # 3.11.1 words it differently from 3.11.7
print(str(10 ** 4000)[:5], sys.getrecursionlimit() > 0)
