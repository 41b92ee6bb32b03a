import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d)
sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
def f(n): return 0 if n == 0 else 1 + f(n - 1)
print(f(1500))
def inf(): return inf()
inf()
