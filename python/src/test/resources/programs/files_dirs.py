import os, pathlib, glob, shutil, tempfile, stat, io, errno, sys
import shutil as _s; _s.rmtree("files_out", ignore_errors=True)
print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)))
for root, dirs, files in sorted(os.walk('files_tree')):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
print(sorted(glob.glob('files_tree/**/*.txt', recursive=True)), sorted(glob.glob('files_tree/*')))
print(sorted(str(p) for p in pathlib.Path('files_tree').rglob('*')))
p = pathlib.Path('files_out') / 'new.txt'
p.parent.mkdir(exist_ok=True)
p.write_text('line1\nline2\n', encoding='utf-8')
with open(p, 'a') as f:
    f.write('line3\n')
    print(f.tell(), f.mode, f.name, f.closed)
print(p.read_text().splitlines(), p.stat().st_size, p.exists(), p.is_file(), p.suffix, p.stem, p.name)
with p.open('rb') as f:
    f.seek(6); print(f.read(5), f.tell()); f.seek(-3, os.SEEK_END); print(f.read())
with open(p, 'r+') as f:
    f.seek(0); f.write('LINE'); 
print(open(p).read())
st = os.stat(p); print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat('files_out').st_mode), oct(st.st_mode & 0o777) != '', st.st_mtime > 0)
shutil.copy(p, 'files_out/copy.txt'); shutil.copytree('files_tree', 'files_out/tree2')
print(sorted(os.listdir('files_out')), sorted(os.listdir('files_out/tree2/sub')))
os.rename('files_out/copy.txt', 'files_out/moved.txt'); shutil.move('files_out/moved.txt', 'files_out/tree2/m.txt')
print(os.path.exists('files_out/moved.txt'), os.path.isfile('files_out/tree2/m.txt'), os.path.getsize('files_out/tree2/m.txt'))
shutil.rmtree('files_out/tree2'); print(sorted(os.listdir('files_out')))
os.makedirs('files_out/a/b/c', exist_ok=True); os.removedirs('files_out/a/b/c'); print(os.path.exists('files_out/a'))
with tempfile.TemporaryDirectory() as d:
    fp = os.path.join(d, 'x.bin'); open(fp, 'wb').write(bytes(range(256)))
    print(os.path.getsize(fp), len(os.listdir(d)))
print(os.path.exists(d))
with tempfile.NamedTemporaryFile('w+', suffix='.txt', delete=True) as tf:
    tf.write('temp'); tf.flush(); tf.seek(0); print(tf.read(), tf.name.endswith('.txt'))
fd, name = tempfile.mkstemp(); os.write(fd, b'abc'); os.close(fd); print(open(name).read()); os.unlink(name)
tf = tempfile.TemporaryFile(); tf.write(b'zz'); tf.seek(0); print(tf.read()); tf.close()
for bad in ['missing.txt', 'files_tree', 'files_tree/a.txt/x']:
    try:
        open(bad)
    except OSError as e:
        print(type(e).__name__, e.errno == getattr(errno, e.__class__.__name__.upper(), e.errno), e.strerror, e.filename)
try:
    os.remove('nope')
except FileNotFoundError as e:
    print('FNF', e.strerror, e.filename)
try:
    os.mkdir('files_tree')
except FileExistsError as e:
    print('FEE', e.strerror)
try:
    os.rmdir('files_tree')
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    shutil.rmtree('nonexistent')
except FileNotFoundError as e:
    print('rmtree', e.strerror, e.filename)
print(os.path.relpath('files_tree/sub/b.txt', 'files_tree'), os.path.normpath('a/./b/../c'), os.path.splitext('x.tar.gz'), os.path.join('a', 'b', '/c'))
print(pathlib.Path('files_tree/sub/b.txt').resolve() == pathlib.Path.cwd() / 'files_tree/sub/b.txt', pathlib.PurePosixPath('/a/b').parts)
print(os.path.expanduser('~') != '', os.sep, os.linesep == '\n', os.curdir, os.pardir)
with open('files_out/u.txt', 'w', encoding='utf-8') as f: f.write('héllo ☃\n')
print(open('files_out/u.txt', encoding='utf-8').read(), open('files_out/u.txt', 'rb').read())
try:
    open('files_out/u.txt', encoding='ascii').read()
except UnicodeDecodeError as e:
    print(e)
with open('files_out/lines.txt', 'w') as f: f.writelines(f'{i}\n' for i in range(5))
with open('files_out/lines.txt') as f:
    for line in f: print(line.rstrip(), end=' ')
print()
print(open('files_out/lines.txt').readlines()[-2:], sum(1 for _ in open('files_out/lines.txt')))
os.chmod('files_out/lines.txt', 0o600)
print(os.access('files_out/lines.txt', os.R_OK), os.access('nope', os.F_OK))
os.utime('files_out/lines.txt', (1000000000, 1000000000)); print(os.stat('files_out/lines.txt').st_mtime)
os.symlink('lines.txt', 'files_out/link') if hasattr(os, 'symlink') else None
print(os.path.islink('files_out/link'), open('files_out/link').read(2), os.readlink('files_out/link'))
print(sorted(e.name for e in os.scandir('files_tree')), [e.is_dir() for e in sorted(os.scandir('files_tree'), key=lambda e: e.name)])
os.truncate('files_out/lines.txt', 4); print(repr(open('files_out/lines.txt').read()))
