# --- from sqlite
import sqlite3
con = sqlite3.connect(':memory:')
cur = con.cursor()
cur.execute('create table t (id integer primary key, name text, score real, data blob)')
cur.executemany('insert into t (name, score, data) values (?, ?, ?)', [('ann', 3.5, b'\x00\x01'), ('bob', 2.25, None), ('cé', 9.0, b'x')])
con.commit()
print(cur.execute('select * from t order by score desc').fetchall())
print(cur.execute('select count(*), avg(score), max(name), group_concat(name, "|") from t').fetchone())
con.row_factory = sqlite3.Row
r = con.execute('select name, score from t where id = ?', (2,)).fetchone(); print(dict(r), r.keys(), r['name'])
con.create_function('rev', 1, lambda s: s[::-1]); print(con.execute("select rev(name) from t").fetchall()[0][0])
class Agg:
    def __init__(self): self.n = 0
    def step(self, v): self.n += v
    def finalize(self): return self.n * 10
con.create_aggregate('tensum', 1, Agg); print(con.execute('select tensum(score) from t').fetchone()[0])
try:
    con.execute('select * from nope')
except sqlite3.OperationalError as e:
    print('OperationalError:', e)
try:
    con.execute('insert into t (id, name) values (1, "dup")')
except sqlite3.IntegrityError as e:
    print('IntegrityError:', e)
with con:
    con.execute("insert into t (name) values ('dan')")
print(con.execute('select count(*) from t').fetchone()[0], sqlite3.sqlite_version_info >= (3, 0), sqlite3.paramstyle)
print(con.execute("select json_extract('{\"a\": [1, 2]}', '$.a[1]')").fetchone()[0] if True else '')
print(list(con.execute("with recursive c(x) as (select 1 union all select x+1 from c where x<5) select sum(x) from c"))[0][0])
print([tuple(r) for r in con.execute("select name, score from t where name like 'b%' or score is null order by id")])
con.execute('create virtual table f using fts5(body)') if False else None
print('\n'.join(list(con.iterdump())[:3]))
con.close()
# --- from sqlite_file
import sqlite3, os
path = "test.db"
if os.path.exists(path): os.remove(path)
con = sqlite3.connect(path)
con.execute("create table kv (k text primary key, v integer)")
con.executemany("insert into kv values (?, ?)", [(f"key{i}", i * i) for i in range(100)])
con.commit(); con.close()
con = sqlite3.connect(path)
print(con.execute("select count(*), sum(v) from kv").fetchone(), os.path.getsize(path) > 0)
print(con.execute("select k from kv where v > 9000 order by v").fetchall())
con.execute("update kv set v = -1 where k = 'key5'"); con.rollback()
print(con.execute("select v from kv where k = 'key5'").fetchone())
con.close(); os.remove(path); print(os.path.exists(path))
# --- from dates
import datetime as dt, time, calendar
d = dt.date(2024, 2, 29); print(d, d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar(), d + dt.timedelta(days=365), d.strftime('%A %d %B %Y %j %U %a %b'))
t = dt.datetime(2023, 12, 31, 23, 59, 59, 123456); print(t, repr(t), t + dt.timedelta(seconds=1), t.strftime('%Y-%m-%dT%H:%M:%S.%f %p %I'), t.timestamp() if False else '', t.replace(year=2000))
print(dt.datetime.fromisoformat('2024-01-02T03:04:05+05:30'), dt.datetime.strptime('05/17/24 13:45', '%m/%d/%y %H:%M'), dt.date.fromordinal(738000), dt.date(2000, 1, 1).toordinal())
tz = dt.timezone(dt.timedelta(hours=-5), 'EST'); a = dt.datetime(2024, 3, 1, 12, tzinfo=dt.timezone.utc); print(a.astimezone(tz), a.isoformat(), a.utcoffset(), a.tzname(), tz)
print(dt.timedelta(days=1, hours=25, minutes=-1), dt.timedelta(weeks=3) / dt.timedelta(days=2), dt.timedelta(seconds=-1), abs(dt.timedelta(-3)), dt.timedelta(microseconds=1.5).total_seconds())
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime.utcfromtimestamp(86400 * 365.25 * 30), dt.datetime(2024, 1, 1) - dt.datetime(2023, 1, 1), dt.date.max, dt.time(13, 5).strftime('%H:%M'))
print(time.gmtime(0), time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1700000000)), time.mktime(time.gmtime(0)) if False else '', time.asctime(time.gmtime(10**9)), calendar.timegm(time.gmtime(1234567890)))
print(calendar.isleap(2100), calendar.monthrange(2024, 2), calendar.weekday(2024, 5, 17), calendar.month_name[3], calendar.day_abbr[0])
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 7))
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter(); time.sleep(0.01); print(time.time() >= t0, time.monotonic() > m0, time.perf_counter() - p0 >= 0.009, time.process_time() >= 0, time.time() > 1.6e9)
print(type(time.time_ns()), dt.datetime.now().year >= 2024, dt.date.today() >= dt.date(2024, 1, 1), time.timezone if False else '', time.localtime(0).tm_year)
# --- from tempfile_
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'x.txt')
    with open(p, 'w') as f: f.write('temp')
    print(open(p).read(), os.listdir(d))
with tempfile.NamedTemporaryFile('w+', suffix='.txt') as f:
    f.write('hello'); f.seek(0); print(f.read(), f.name.endswith('.txt'))
with tempfile.TemporaryFile() as f:
    f.write(b'abc'); f.seek(0); print(f.read())
print(os.path.isdir(tempfile.gettempdir()))
# --- from files
import os, os.path, pathlib, shutil, sys, stat, glob, io
base = sys.argv[1] if len(sys.argv) > 1 else 'work'
os.makedirs(base, exist_ok=True)
root = pathlib.Path(base) / 'sandbox'
if root.exists(): shutil.rmtree(root)
root.mkdir()
(root / 'a.txt').write_text('alpha\nbeta\n')
with open(root / 'b.bin', 'wb') as f: f.write(bytes(range(256)))
print(sorted(os.listdir(root)), (root / 'a.txt').read_text().splitlines(), os.path.getsize(root / 'b.bin'))
st = os.stat(root / 'a.txt'); print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(root).st_mode), oct(st.st_mode & 0o777) != '', st.st_mtime > 0)
os.rename(root / 'a.txt', root / 'c.txt'); print(sorted(p.name for p in root.iterdir()), os.path.exists(root / 'a.txt'))
with open(root / 'c.txt', 'a') as f: f.write('gamma\n')
with open(root / 'c.txt') as f: print([l.rstrip() for l in f], f.closed)
print(f.closed)
os.mkdir(root / 'sub'); (root / 'sub' / 'deep').mkdir(parents=True); (root / 'sub' / 'deep' / 'x.py').write_text('print(1)')
print(sorted(str(p.relative_to(root)) for p in root.rglob('*')), sorted(os.path.basename(g) for g in glob.glob(str(root / '*.txt'))))
print([(os.path.relpath(d, root), sorted(ds), sorted(fs)) for d, ds, fs in sorted(os.walk(root))])
shutil.copy(root / 'c.txt', root / 'sub' / 'copy.txt'); shutil.copytree(root / 'sub', root / 'sub2'); print(sorted(os.listdir(root / 'sub2')))
os.remove(root / 'sub' / 'copy.txt'); os.unlink(root / 'b.bin'); print(sorted(os.listdir(root)))
try:
    os.rmdir(root / 'sub')
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    open(root / 'missing.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename == str(root / 'missing.txt'), e.strerror)
try:
    os.mkdir(root / 'sub')
except FileExistsError as e:
    print('FileExistsError', e.strerror)
try:
    open(root / 'sub')
except IsADirectoryError as e:
    print('IsADirectoryError', e.strerror)
p = root / 'sub2' / 'deep' / 'x.py'; print(p.suffix, p.stem, p.parent.name, p.with_suffix('.txt').name, p.is_file(), p.is_dir(), pathlib.PurePosixPath('/a/b/../c').parts)
with open(root / 'seek.bin', 'w+b') as f:
    f.write(b'0123456789'); f.seek(3); print(f.read(2), f.tell(), f.seek(-2, 2), f.read()); f.truncate(4)
print(os.path.getsize(root / 'seek.bin'), os.path.join('a', 'b', '..', 'c'), os.path.normpath('a/b/../c'), os.path.splitext('x.tar.gz'), os.path.split('/a/b'))
with open(root / 'u.txt', 'w', encoding='utf-8') as f: f.write('é\n')
print(open(root / 'u.txt', 'rb').read(), open(root / 'u.txt', encoding='latin-1').read())
os.replace(root / 'u.txt', root / 'v.txt'); os.utime(root / 'v.txt', (1000000000, 1000000000)); print(os.stat(root / 'v.txt').st_mtime)
with os.scandir(root) as it: print(sorted((e.name, e.is_dir()) for e in it))
shutil.rmtree(root); print(os.path.exists(root))
fd = os.open(os.path.join(base, 'raw.txt'), os.O_CREAT | os.O_WRONLY | os.O_TRUNC); os.write(fd, b'raw'); os.close(fd)
print(open(os.path.join(base, 'raw.txt')).read()); os.remove(os.path.join(base, 'raw.txt'))
print(os.sep, os.linesep == '\n', os.curdir, os.path.isabs('/x'), os.path.expanduser('~') != '')
