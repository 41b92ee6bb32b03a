# Pure-Python loop: integer arithmetic, comparisons and branches in while and for loops, no calls.
def run(n):
    s = 0
    i = 0
    while i < n:
        s = (s * 31 + i) & 0xFFFFFFFF
        if i % 3 == 0:
            s ^= i << 3
        elif s & 1:
            s += 7
        i += 1
    for j in range(n):
        s = (s + (j & 7) * j) % 1000000007
    return s
