# --- from bigout
import sys
for i in range(50000):
    print(i)
sys.stdout.write('done\n')
sys.stdout.flush()
# --- from binout
import sys
sys.stdout.buffer.write(bytes(range(256)) * 4)
sys.stdout.buffer.write(b'\r\n\x00end')
sys.stdout.flush()
