import hashlib, base64, binascii, zlib, gzip, bz2, lzma, struct, re, hmac, secrets, uuid, io, zipfile, tarfile, os
data = ("hello world ☃ " * 100).encode()
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s', 'shake_128']:
    h = hashlib.new(name, data)
    print(name, h.hexdigest(16) if name.startswith('shake') else h.hexdigest()[:32], h.digest_size)
print(sorted(hashlib.algorithms_guaranteed))
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.compare_digest('a', 'a'))
print(hashlib.sha256(b'').hexdigest(), hashlib.md5(usedforsecurity=False).name)
print(base64.b64encode(data[:20]), base64.urlsafe_b64encode(b'\xff\xfe'), base64.b32encode(b'abc'), base64.b85encode(b'abc'), base64.a85encode(b'abc'))
print(base64.b64decode('aGVsbG8='), binascii.hexlify(b'\x01\xab', '-'), binascii.crc32(data), zlib.adler32(data), binascii.unhexlify('41'))
try:
    base64.b64decode('abc')
except binascii.Error as e:
    print('binascii.Error', e)
for mod in (zlib, gzip, bz2, lzma):
    c = mod.compress(data)
    assert mod.decompress(c) == data
    print(mod.__name__, len(c) < len(data))
print(len(zlib.compress(data, 9)), zlib.decompress(zlib.compress(b'x' * 1000))[:3])
co = zlib.compressobj(wbits=-15); raw = co.compress(data) + co.flush(); print(zlib.decompress(raw, wbits=-15) == data)
with gzip.open('t.gz', 'wt', encoding='utf-8') as f: f.write('gz text\n' * 3)
with gzip.open('t.gz', 'rt') as f: print(f.read().count('gz'))
with lzma.open('t.xz', 'wb') as f: f.write(b'xz' * 100)
print(lzma.open('t.xz').read()[:6], bz2.BZ2File('t.bz2', 'w').close(), os.path.getsize('t.bz2') > 0)
try:
    zlib.decompress(b'not compressed')
except zlib.error as e:
    print('zlib.error', e)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('a.txt', 'alpha'); z.writestr('dir/b.txt', b'beta' * 50)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    print(z.namelist(), z.read('dir/b.txt')[:8], [i.file_size for i in z.infolist()], z.testzip())
with tarfile.open('t.tar.gz', 'w:gz') as t:
    t.add('t.gz')
with tarfile.open('t.tar.gz') as t:
    print(t.getnames(), t.getmember('t.gz').size > 0)
print(struct.pack('<iHd?3s', -1, 65535, 1.5, True, b'abc'), struct.calcsize('@iqh'), struct.calcsize('<iqh'), struct.unpack('>I', b'\x00\x00\x01\x00'))
try:
    struct.pack('b', 300)
except struct.error as e:
    print('struct.error', e)
m = re.search(r'(?P<word>\w+)@(?P<host>[\w.]+)', 'mail bob@example.com now'); print(m.group('word'), m.groupdict(), m.span(), m.start(2))
print(re.findall(r'\d+', 'a1b22c333'), re.sub(r'(\w)(\w*)', lambda m: m[1].upper() + m[2], 'hello big world'), re.split(r'[,;]\s*', 'a, b;c'))
print(re.fullmatch(r'[a-z]+', 'abc') is not None, re.compile(r'x', re.I | re.M).flags, [m.group() for m in re.finditer(r'é\w', 'éa éb')])
try:
    re.compile('(unclosed')
except re.error as e:
    print('re.error', e, e.pos)
print(len(secrets.token_hex(8)), len(str(uuid.uuid4())), uuid.UUID('12345678123456781234567812345678'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'x'))
