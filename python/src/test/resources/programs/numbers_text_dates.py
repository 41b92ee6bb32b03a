import decimal, fractions, statistics, math, cmath, unicodedata, random, datetime, time, calendar, sys
from decimal import Decimal as D
decimal.getcontext().prec = 30
print(D(1) / D(7), D('0.1') + D('0.2'), D('1.005').quantize(D('0.01'), rounding=decimal.ROUND_HALF_UP), D(2).sqrt(), D('1e100').ln())
print(D('3.14159').as_tuple(), D(0.1), D('NaN').is_nan(), -D('0'), D('1.30').normalize(), f"{D('1234.5'):,.2f}")
try:
    D('1') / D('0')
except decimal.DivisionByZero as e:
    print('DivisionByZero', type(e).__mro__[1].__name__, e)
with decimal.localcontext() as ctx:
    ctx.prec = 5; print(D(1) / D(3))
F = fractions.Fraction
print(F(3, 4) + F(1, 6), F('0.125'), F(1.5), F(355, 113).limit_denominator(10), F(7, 3) // 1, float(F(1, 3)), round(F(7, 2)))
print(statistics.mean([1, 2, 3, 4.5]), statistics.median([3, 1, 2, 8]), statistics.mode('aabbbc'), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.pvariance([1, 2, 3]))
print(statistics.quantiles(range(1, 101), n=4), statistics.fmean([1, 2]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([1, 2, 4]))
print(statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 6]), statistics.NormalDist(0, 1).cdf(1.96))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.sqrt(2), math.factorial(30), math.comb(50, 25), math.perm(10, 3), math.gcd(48, 180, 120), math.lcm(4, 6))
print(math.isqrt(10**20 + 1), math.log(1000, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.sin(math.pi / 6), math.atan2(1, 1), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fmod(-7, 3), -7 % 3, math.copysign(1, -0.0), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 11)))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75), math.erf(0.5), math.gamma(5.5), math.lgamma(100), math.expm1(1e-10), math.log1p(1e-10), math.nextafter(1, 2), math.ulp(1))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: 1 / 0, lambda: math.factorial(-1), lambda: int('x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), abs(3 + 4j), (1 + 2j) * (3 - 1j), complex('1+2j'))
print(2 ** 200, 3 ** -2, 7 // -2, -7 // 2, divmod(-17, 5), pow(3, 100, 17), pow(3, -1, 7), (10 ** 50).bit_length(), int.from_bytes(b'\x01\x00', 'little'), (1024).to_bytes(4, 'big'))
print(0.1 + 0.2, 1e16, 1e-7, 123456789.123456789, 1 / 3, 2 / 3, float('1e308') * 10, round(2.675, 2), round(0.5), round(1.5), round(-0.5), 1e22, 12345678901234567890.0)
print(f"{math.pi:.10f} {1234567.891:,.2f} {0.000123:e} {255:#x} {255:08b} {-42:+d} {3.5:%} {12:^10}| {'s':>5}| {1e300*1e300}")
print('%5.2f|%-6d|%s|%r|%x|%o|%e|%g|%c' % (3.14159, 42, 'str', 'rep', 255, 8, 12345.678, 0.00001234, 65))
print(hex(-255), oct(64), bin(10), float.hex(1.5), float.fromhex('0x1.8p1'), (0.1).as_integer_ratio(), (2.5).is_integer())
print(int('ff', 16), int('0b101', 0), int('1_000'), float('  -3.5e2 '), float('inf'), str(10 ** 30), repr(1e-5), 1e-5, 100000000000000000.0)
print(unicodedata.name('☃'), unicodedata.lookup('SNOWMAN'), unicodedata.category('A'), unicodedata.normalize('NFD', 'é').encode(), unicodedata.numeric('½'), unicodedata.east_asian_width('中'), unicodedata.unidata_version)
s = 'Straße ÉCOLE ﬁ İ'
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), len(s), s.encode('utf-8'), s.encode('latin-1', 'replace'), s.isascii())
print('😀 emoji', len('😀'), '😀'.encode('utf-16-le'), ascii('日本'), '日本語'.center(9, '*'), 'ｆｕｌｌ'.isalpha(), '٣'.isdigit(), int('٣'))
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1))
l = list(range(10)); random.shuffle(l); print(l, random.choices('abc', weights=[1, 5, 10], k=6), random.getrandbits(64), random.randrange(0, 100, 7))
r = random.Random('seed'); print(r.random(), r.expovariate(1.0), r.triangular(), r.betavariate(2, 3), r.normalvariate(0, 1), r.lognormvariate(0, 1), r.vonmisesvariate(0, 1), r.paretovariate(2), r.weibullvariate(1, 2), random.Random(5).randbytes(4))
d = datetime.datetime(2024, 2, 29, 13, 45, 30, 123456)
print(d, d.isoformat(), d.strftime('%A %d %B %Y %I:%M:%S %p %j %U %W %a %b %y %f'), d.timestamp() if False else '', d.weekday(), d.isocalendar())
print(d + datetime.timedelta(days=400, hours=5), d - datetime.datetime(2000, 1, 1), datetime.timedelta(seconds=-1), datetime.timedelta(weeks=1, microseconds=5).total_seconds())
print(datetime.date(2023, 12, 31).toordinal(), datetime.date.fromisoformat('2024-03-01'), datetime.datetime.fromisoformat('2024-03-01T10:20:30+02:00'), datetime.datetime.strptime('03/15/21 4:05PM', '%m/%d/%y %I:%M%p'))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30), 'IST')
print(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc).astimezone(tz), datetime.datetime.fromtimestamp(0, datetime.timezone.utc), datetime.datetime.utcfromtimestamp(1e9), tz.utcoffset(None))
print(calendar.month(2024, 2), calendar.isleap(2100), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.day_name[0], list(calendar.month_abbr)[1:4])
print(time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(1700000000)), time.mktime(time.gmtime(0)) if False else '', time.asctime(time.gmtime(0)), time.ctime(0) if False else '', time.strptime('2024-01-02', '%Y-%m-%d')[:6])
print(calendar.TextCalendar(6).formatyear(2023, 2, 1, 1, 4)[:200])
