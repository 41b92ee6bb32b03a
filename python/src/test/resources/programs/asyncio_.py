import asyncio, time
async def worker(name, delay, out):
    await asyncio.sleep(delay)
    out.append(name)
    return name.upper()
async def main():
    out = []
    t0 = time.monotonic()
    res = await asyncio.gather(worker('b', 0.05, out), worker('a', 0.01, out), worker('c', 0.1, out))
    print(res, sorted(out), time.monotonic() - t0 >= 0.1)
    q = asyncio.Queue()
    async def prod():
        for i in range(3): await q.put(i)
        await q.put(None)
    async def cons():
        items = []
        while (x := await q.get()) is not None: items.append(x)
        return items
    print(await asyncio.gather(prod(), cons()))
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.05)
    except asyncio.TimeoutError:
        print('timeout')
    t = asyncio.create_task(worker('t', 0, out)); print(await t, t.done())
    loop = asyncio.get_running_loop(); fut = loop.create_future(); loop.call_later(0.01, fut.set_result, 'fut'); print(await fut)
    async def agen():
        for i in range(3):
            yield i
    print([x async for x in agen()])
    ev = asyncio.Event(); loop.call_soon(ev.set); await ev.wait(); print('event')
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('g', 0.01, out))
    print(t1.result())
asyncio.run(main())
print(asyncio.run(asyncio.sleep(0, 'x')))
