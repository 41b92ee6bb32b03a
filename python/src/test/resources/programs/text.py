# --- from unicode_
import unicodedata, sys
s = "héllo wörld — ñ 日本語 🐍"
print(s, len(s), s.upper(), s.title(), s.casefold())
print(s.encode('utf-8'), s.encode('utf-16-le')[:10], s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'xmlcharrefreplace'))
print(s.encode('latin-1', 'backslashreplace'), 'ß'.upper(), 'ǅ'.lower(), 'İ'.lower(), len('İ'.lower()))
print(unicodedata.name('é'), unicodedata.lookup('SNAKE'), unicodedata.category('A'), unicodedata.numeric('½'), unicodedata.decimal('٣'))
print(unicodedata.normalize('NFD', 'é').encode(), unicodedata.normalize('NFC', 'e\u0301') == 'é', unicodedata.normalize('NFKC', 'ﬁ'), unicodedata.unidata_version)
print(unicodedata.east_asian_width('日'), unicodedata.bidirectional('א'), unicodedata.combining('\u0301'), unicodedata.mirrored('('))
print(b'\xe6\x97\xa5'.decode(), b'\xff'.decode('utf-8', 'replace'), b'\xff'.decode('latin-1'), b'caf\xc3\xa9'.decode('utf-8'))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
print(ord('€'), chr(0x1F600), '\N{GREEK SMALL LETTER ALPHA}', ascii('日本'), repr('tab\there'), 'a\u200bb'.isprintable())
print('ａｂｃ'.isalpha(), '١٢٣'.isdigit(), int('١٢٣'), '  x '.strip(), 'a,b,,c'.split(','), 'a b  c'.split(), 'x'.zfill(4), 'Hello'.swapcase())
print(sorted(['é', 'e', 'f', 'E']), 'straße'.encode('idna') if False else '', 'abc'.translate(str.maketrans('ab', 'xy', 'c')))
print(sys.getdefaultencoding(), sys.stdout.encoding, sys.flags.utf8_mode)
for codec in ['cp1252', 'utf-32', 'shift_jis', 'euc-kr', 'gb2312', 'koi8-r', 'mac-roman', 'cp437', 'big5']:
    try:
        print(codec, 'Ω日本'.encode(codec, 'replace'))
    except LookupError as e:
        print(codec, 'LookupError', e)
import codecs; print(codecs.encode('hello', 'rot13'), codecs.decode(b'68656c6c6f', 'hex'), codecs.lookup('utf8').name)
print('%s' % 'ü', '{:>5}'.format('ü'), 'ü'.center(5, '*'), 'ǆ'.istitle(), 'Ⅻ'.isnumeric())
# --- from text_
import re, json, textwrap, string, pprint, io, csv
print(re.findall(r'\d+', 'a1b22c333'), re.sub(r'(\w)(\w*)', lambda m: m[2] + m[1] + 'ay', 'hello world'), re.split(r'[,;]\s*', 'a, b;c'))
m = re.match(r'(?P<y>\d{4})-(?P<m>\d\d)', '2024-05-17'); print(m.groupdict(), m.span(), m.group(0), m.start('m'))
print(re.fullmatch(r'[a-z]+', 'abc') is not None, re.search(r'^b', 'a\nb', re.M).start(), re.compile(r'x', re.I).findall('xXx'), re.escape('a.b*c'))
print(re.sub(r'\s+', ' ', '  many   spaces  '), [m.group() for m in re.finditer(r'\b\w', 'the cat sat')], re.subn('a', 'b', 'aaa'))
print(re.findall(r'(?<=@)\w+', 'a@b c@d'), re.match(r'(a)(b)?', 'a').groups(), re.sub(r'(?i)HELLO', 'bye', 'Hello'), re.findall(r'[\u4e00-\u9fff]+', 'abc日本def'))
try:
    re.compile('(')
except re.error as e:
    print('re.error:', e)
obj = {'name': 'x', 'vals': [1, 2.5, None, True], 'nested': {'é': 'ü'}, 'n': 10**20}
s = json.dumps(obj); print(s); print(json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1.5e3, "d": "\\u00e9"}'), json.dumps(float('nan')), json.dumps('tab\t'), json.dumps([1, 2], separators=(',', ':')))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
class E(json.JSONEncoder):
    def default(self, o): return sorted(o) if isinstance(o, set) else super().default(o)
print(json.dumps({'s': {3, 1}}, cls=E), json.loads('1.10', parse_float=str), json.loads('[1]', object_hook=None))
text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(text, 30)); print(textwrap.shorten(text, 40), '|', textwrap.dedent('    a\n      b\n'), textwrap.indent('x\ny', '> '))
print(string.ascii_letters, string.digits, string.punctuation, string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
print(string.capwords('hello   world'), string.Formatter().format('{0}-{1}', 'a', 'b'))
pprint.pprint({'z': list(range(30)), 'a': {'nested': [{'k': i} for i in range(4)]}, 'm': 'x' * 50})
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3), pprint.saferepr({'b': 1, 'a': 2}))
sio = io.StringIO(); sio.write('line1\nline2\n'); sio.seek(0); print(sio.readlines(), sio.getvalue().count('\n'), io.StringIO('a\nb').read().splitlines())
out = io.StringIO(); w = csv.writer(out); w.writerow(['a', 'b,c', 'd"e']); w.writerow([1, 2.5, None]); print(repr(out.getvalue()))
rows = list(csv.reader(io.StringIO('x,y\n1,"2,3"\n'))); print(rows)
dr = csv.DictReader(io.StringIO('name,age\nann,3\nbob,4\n')); print([dict(r) for r in dr])
o2 = io.StringIO(); dw = csv.DictWriter(o2, fieldnames=['k', 'v'], quoting=csv.QUOTE_NONNUMERIC); dw.writeheader(); dw.writerow({'k': 'a', 'v': 1}); print(o2.getvalue(), end='')
print(csv.Sniffer().sniff('a;b;c\n1;2;3\n').delimiter)
import html, urllib.parse, difflib, shlex, fnmatch
print(html.escape('<a href="x">&</a>'), html.unescape('&lt;&amp;&#233;'), urllib.parse.urlparse('https://u:p@h.com:8080/p/a?q=1&r=2#f'), urllib.parse.quote('a b/é'), urllib.parse.urlencode({'a': 1, 'b': 'x y'}), urllib.parse.parse_qs('a=1&a=2'))
print(list(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'], 'x', 'y')), difflib.SequenceMatcher(None, 'abcd', 'bcde').ratio(), difflib.get_close_matches('appel', ['ape', 'apple', 'peach']))
print(shlex.split('a "b c" d\\ e'), shlex.quote("it's"), fnmatch.fnmatch('foo.py', '*.py'), fnmatch.filter(['a.c', 'b.h'], '*.c'))
import xml.etree.ElementTree as ET
root = ET.fromstring('<r><i k="1">a</i><i k="2">b</i></r>'); print([(i.get('k'), i.text) for i in root.iter('i')], ET.tostring(root))
from xml.dom import minidom; print(minidom.parseString('<a><b/></a>').toprettyxml(indent=' '))
import enum, typing
print(typing.get_type_hints(lambda: None), typing.Optional[int], typing.List[int], typing.Union[int, str])
# --- from printing
import sys
print("a", "b", sep="-", end="|\n")
print(*range(5), sep=", ")
print()
print("no newline", end="")
print(" continued", flush=True)
sys.stdout.write("write\n"); sys.stderr.write("err write\n")
print(repr("quote's"), repr('dq"'), str(None), [None, True, 1.0, 'x', b'y', (1,), {1: 2}])
print(f"{'é':^5}|{3:>4}|{'left':<8}|", "\t|tab", "\\backslash")
print("%-10s|%+.2e|%05d|%c" % ("fmt", 12345.678, 42, 65))
for row in [(1, "one"), (22, "twenty-two")]: print(f"{row[0]:>3} {row[1]}")
print(sys.stdout.write("x") , file=sys.stderr)
