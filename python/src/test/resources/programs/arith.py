# --- from formatting
import math
x, name = 3.14159265, "World"
print(f"{name!r:>10}|{x:.3f}|{x:10.2e}|{12345678:,}|{0.25:%}|{255:#x}|{255:08b}|{-3:+d}")
print("%s %d %5.1f %-5s| %r %x %o %e %g" % ("a", 42, 2.5, "l", "r", 255, 8, 12345.678, 0.00001234))
print("{0} {1} {0}".format("a", "b"), "{:^9}".format("mid"), "{:*<6}".format("x"), "{a[1]}".format(a=[1, 2]))
print(f"{'nested':{'>'}{10}}", f"{x=}", f"{1+1 = }", f"{{braces}}")
print(repr(1.1), 1/3, 2/3, 1e16, 1e-7, 123456789012345678.0, float('inf'), float('nan'), -0.0)
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), 10/4, 7//2, -7//2, -7 % 3, divmod(-7, 2))
print(format(1234.5678, '_.2f'), format(10**20, '.3g'), format(0.1, '.20f'))
print(str(1e100), 1.0, 100.0, 1e22, 1e21*10, 0.1+0.2, 3.0*1.1)
print(math.pi, math.e, math.tau, math.sqrt(2), math.exp(1), math.log(10), math.log10(1000), math.log2(8))
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, 2), math.hypot(3, 4), math.gamma(5.5), math.lgamma(10))
print(math.factorial(30), math.comb(50, 25), math.perm(10, 3), math.gcd(120, 84), math.lcm(4, 6), math.isqrt(10**20+1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fsum([0.1]*10), sum([0.1]*10), math.prod(range(1, 10)))
print(math.isclose(0.1+0.2, 0.3), math.copysign(1, -0.0), math.fmod(-7, 3), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75))
print(math.erf(0.5), math.erfc(0.5), math.expm1(1e-10), math.log1p(1e-10))
print(float.fromhex('0x1.8p1'), (0.1).hex(), (3.5).as_integer_ratio(), float('1e309'), int(1e18), 2**0.5)
print(complex(1, 2) * complex(3, -1), abs(3+4j), (1+2j).conjugate(), 1j**2)
import cmath; print(cmath.sqrt(-1), cmath.exp(1j*math.pi), cmath.phase(-1))
# --- from bignum
a = 2**521 - 1
print(a)
print(a % 1000007, pow(3, 10**6, 10**9+7), pow(2, -1, 7), a.bit_length(), (-a) >> 500)
print(int('9' * 100) * int('8' * 100))
f = 1
for i in range(1, 201): f *= i
print(f)
print(len(str(3**1000)), str(3**1000)[:50])
print(int.from_bytes(b'\x01\x02\x03', 'big'), (1024).to_bytes(4, 'little'), (-5).to_bytes(2, 'big', signed=True))
print(hex(2**100), oct(-99), bin(12345), int('ff', 16), int('0b101', 0), int('  42  '), int('1_000'))
print(7 ** 77 // 13 ** 20, -(10**30) // 7, (10**30) % -7, abs(-10**40), divmod(10**25, 12345))
print(sum(range(10**6)), sum(i*i for i in range(1000)))
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.get_int_max_str_digits())
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:23])
print(float(10**308), 10**308 * 10.0 if False else 'skip')
try:
    float(10**400)
except OverflowError as e:
    print(e)
print(True + True, int(True), 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 100)
# --- from stdnum
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, localcontext
import statistics, random
print(Fraction(3, 4) + Fraction(1, 6), Fraction('0.125'), Fraction(1.1).limit_denominator(100), Fraction(2, 3) ** 2)
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(3), Decimal('2').sqrt(), Decimal('1.2345').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
getcontext().prec = 50
print(Decimal(1) / Decimal(7), Decimal(2).ln(), Decimal('10').exp())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(22) / Decimal(7))
print(Decimal('1e-3').as_tuple(), Decimal('NaN').is_nan(), Decimal(0.1), repr(Decimal('3.00')))
try:
    Decimal(1) / Decimal(0)
except Exception as e:
    print(type(e).__name__, e)
d = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(d), statistics.median(d), statistics.mode(d), statistics.pstdev(d), statistics.stdev(d), statistics.variance(d))
print(statistics.median_low([1, 3, 5, 7]), statistics.harmonic_mean([40, 60]), statistics.quantiles(d, n=4), statistics.fmean(d), statistics.geometric_mean([1, 2, 4]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
print(statistics.NormalDist(0, 1).cdf(1.96), statistics.NormalDist(100, 15).inv_cdf(0.9))
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.choices('abc', weights=[1, 2, 3], k=6), random.gauss(0, 1), random.getrandbits(64))
r = random.Random('seed-string'); print(r.random(), r.randrange(0, 1000, 7))
random.seed(7); print([random.expovariate(1.0) for _ in range(2)], random.betavariate(2, 3), random.triangular())
print(random.randbytes(8).hex())
