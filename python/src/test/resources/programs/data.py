# --- from collections_
from collections import Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap, UserDict
import heapq, bisect
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], sorted(c.elements())[:5])
c.update('aaz'); print(c['a'], c - Counter('aaaa'), +c)
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]: dd[k].append(v)
print(dd, dict(dd))
dq = deque(range(5), maxlen=4); dq.appendleft(-1); dq.rotate(2); print(dq, dq.pop(), dq.popleft())
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); od.popitem(last=False); print(od, list(od))
P = namedtuple('P', 'x y', defaults=[0]); p = P(1); print(p, p._replace(x=5), p._asdict(), P._fields)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], list(cm), cm.new_child({'c': 4}))
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(2, h))
heapq.heappush(h, 0); print(h, list(heapq.merge([1, 4], [2, 3])), heapq.heappushpop(h, 10))
a = [1, 3, 3, 5, 8]; print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4); print(a, bisect.bisect_left(a, 6, key=lambda x: x))
d = {'b': 2, 'a': 1}; d |= {'c': 3}; print(d, sorted(d.items()), list(reversed(d)), d.get('z', 0), d.setdefault('e', 5))
s = {3, 1, 2}; print(s | {4}, s & {1, 9}, s - {1}, s ^ {1, 7}, frozenset([1, 2]) <= {1, 2, 3}, sorted(s))
print(list(zip(*[[1, 2], [3, 4]])), [*range(3), *'ab'], {**{'a': 1}, 'b': 2})
t = (1, [2, 3]); t[1].append(4); print(t, t.count(1), (1, 2) < (1, 3), [1, 2] * 2, 'ab' * 3)
l = [5, 2, 9]; l.sort(); l.insert(1, 7); l.extend([0]); del l[0]; print(l, l.index(7), l[::-1], l[1:3], l[-1])
class D(UserDict): pass
print(D(a=1), len(D(a=1, b=2)))
import array
ar = array.array('i', [1, 2, 3]); ar.append(4); print(ar, ar.tobytes(), ar.itemsize, array.array('d', [1.5]).tolist(), ar[::-1])
ar2 = array.array('b'); ar2.frombytes(b'\x01\xff'); print(ar2, array.array('u', 'hi'), array.array('H', [65535]).tobytes())
# --- from bytes_
b = b'hello world'
print(b[0], b[:5], b.upper(), b.split(), b.replace(b'o', b'0'), b.hex(), bytes.fromhex('de ad be ef'), b.find(b'wor'))
ba = bytearray(b'abc'); ba[0] = 65; ba.extend(b'def'); ba += b'!'; del ba[1]; print(ba, len(ba), ba.decode(), ba.pop(), bytes(ba))
mv = memoryview(bytearray(range(10))); print(mv[2:5].tolist(), mv.nbytes, mv[::2].tobytes(), mv.readonly)
mv[0] = 255; print(mv.obj[:3], mv.cast('H')[0], memoryview(b'abcd').cast('I').tolist())
m2 = memoryview(bytearray(12)).cast('i', (3,)); m2[1] = -5; print(m2.tolist(), m2.format, m2.itemsize, m2.shape)
print(bytes(5), bytes([1, 2, 255]), b'%d-%s' % (5, b'x'), b'a' in b'cat', b'abc' < b'abd', list(b'hi'), b'\x00\x7f\x80'.isascii())
print(b'  strip  '.strip(), b'a,b'.partition(b','), b'%(k)s' % {b'k': b'v'}, bytearray.fromhex('0a0b'), b'Hello'.swapcase(), b''.join([b'a', b'b']))
try:
    b'abc'[0] = 1
except TypeError as e:
    print(e)
import struct
packed = struct.pack('<ihQd3s?', -1, 2, 2**63, 1.5, b'xyz', True); print(packed, len(packed), struct.calcsize('<ihQd3s?'), struct.calcsize('ihQd'))
print(struct.unpack('<ihQd3s?', packed), struct.unpack('>I', b'\x00\x00\x01\x00'), struct.pack('!f', 3.14), struct.unpack('e', struct.pack('e', 1.5)))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.Struct('>HH').unpack_from(b'\x00\x01\x00\x02\x00'), struct.pack('@P', 0) if False else '')
try:
    struct.pack('b', 300)
except struct.error as e:
    print(e)
import sys; print(sys.byteorder, struct.calcsize('i'), struct.calcsize('q'))
# --- from hashing
import hashlib, hmac, base64, binascii, zlib, bz2, lzma, secrets
data = b'The quick brown fox jumps over the lazy dog'
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s', 'sha3_512']:
    print(name, hashlib.new(name, data).hexdigest())
print(hashlib.shake_128(data).hexdigest(16), hashlib.blake2b(data, digest_size=16, key=b'k').hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
h = hashlib.sha256(); h.update(b'a'); h2 = h.copy(); h2.update(b'b'); print(h.hexdigest()[:16], h2.hexdigest()[:16], h.digest_size, h.block_size, h.name)
print(hmac.new(b'key', data, 'sha256').hexdigest(), hmac.compare_digest(b'a', b'a'), hmac.digest(b'k', b'm', 'md5').hex())
print(base64.b64encode(data), base64.b64decode(b'aGVsbG8='), base64.urlsafe_b64encode(b'\xff\xfe'), base64.b32encode(b'abc'), base64.b16encode(b'\x01'), base64.a85encode(b'hi'), base64.b85encode(b'hi'))
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify('ff00'), binascii.crc32(data), hex(binascii.crc_hqx(data, 0)), binascii.b2a_base64(b'x'))
z = zlib.compress(data * 10); print(len(z), zlib.decompress(z) == data * 10, zlib.crc32(data), zlib.adler32(data), zlib.ZLIB_VERSION)
co = zlib.compressobj(9, zlib.DEFLATED, -15); raw = co.compress(data) + co.flush(); print(len(raw), zlib.decompress(raw, -15)[:9])
bz = bz2.compress(data * 10); print(len(bz), bz2.decompress(bz) == data * 10)
xz = lzma.compress(data * 10); print(lzma.decompress(xz) == data * 10, len(lzma.compress(data, format=lzma.FORMAT_ALONE)) > 0)
import gzip, io
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g: g.write(data)
print(len(buf.getvalue()), gzip.decompress(buf.getvalue()))
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), secrets.randbelow(1) == 0)
import uuid; print(uuid.UUID('12345678123456781234567812345678'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'x'), len(str(uuid.uuid4())))
import zipfile
zb = io.BytesIO()
with zipfile.ZipFile(zb, 'w', zipfile.ZIP_DEFLATED) as zf: zf.writestr(zipfile.ZipInfo('a.txt', (2020, 1, 1, 0, 0, 0)), 'hello zip')
with zipfile.ZipFile(zb) as zf: print(zf.namelist(), zf.read('a.txt'))
import tarfile
tb = io.BytesIO()
with tarfile.open(fileobj=tb, mode='w:gz') as tf:
    ti = tarfile.TarInfo('t.txt'); ti.size = 3; tf.addfile(ti, io.BytesIO(b'abc'))
tb.seek(0)
with tarfile.open(fileobj=tb) as tf: print(tf.getnames(), tf.extractfile('t.txt').read())
