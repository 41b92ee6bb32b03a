# Appended to every workload by bench/python/harness.mjs, after the settings WORKLOAD, N, WARMUP_S
# and ROUNDS: times run(N) inside the interpreter, so process start, engine start-up and the host's
# way of handing code to Python are not measured. Warm-up is a time budget, the same for every
# engine (a JIT gets the same wall time to compile), then ROUNDS timed rounds; every round must
# return the same checksum. Prints one line:
#   PYBENCH <workload> <checksum> warm=<ms,ms,...> times=<ms,ms,...>
def _pybench_main():
    import sys
    import time

    clock = time.perf_counter
    checksum = None
    warm = []
    times = []
    start = clock()
    while not warm or clock() - start < WARMUP_S:
        t0 = clock()
        c = run(N)
        warm.append(clock() - t0)
        if checksum is None:
            checksum = c
        elif c != checksum:
            raise AssertionError("warm-up round %d returned %r, the first %r" % (len(warm), c, checksum))
    for r in range(ROUNDS):
        t0 = clock()
        c = run(N)
        times.append(clock() - t0)
        if c != checksum:
            raise AssertionError("round %d returned %r, the first %r" % (r, c, checksum))
    ms = lambda ts: ",".join("%.3f" % (t * 1000) for t in ts)
    print("PYBENCH %s %s warm=%s times=%s" % (WORKLOAD, checksum, ms(warm), ms(times)))
    sys.stdout.flush()


try:
    _pybench_main()
except BaseException:
    import sys
    import traceback

    traceback.print_exc()
    sys.stderr.flush()
    raise
