package io.github.dylink4j.wasi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * poll_oneoff: waits until a clock subscription expires or a descriptor is ready. Regular files and
 * output streams are always ready; stdin is ready when input (or its end) has arrived.
 */
final class Poll {
  private static final int SUBSCRIPTION_SIZE = 48;
  private static final int EVENT_SIZE = 32;
  private static final int CLOCK = 0;
  private static final int FD_READ = 1;
  private static final int FD_WRITE = 2;
  private static final int ABSTIME = 1;
  private static final int HANGUP = 1;

  private final FdTable fds;
  private final GuestMemory mem;
  private final Clocks clocks;

  Poll(FdTable fds, GuestMemory mem, Clocks clocks) {
    this.fds = fds;
    this.mem = mem;
    this.clocks = clocks;
  }

  private record Event(long userdata, int errno, int type, long nbytes, int flags) {}

  int pollOneoff(int in, int out, int nsubs, int neventsPtr) throws WasiException {
    if (nsubs <= 0) {
      throw new WasiException(Errno.INVAL);
    }
    mem.check(in, nsubs * SUBSCRIPTION_SIZE);
    mem.check(out, nsubs * EVENT_SIZE);
    mem.check(neventsPtr, 4);
    long start = System.nanoTime();
    long earliest = Long.MAX_VALUE; // nanoTime deadline of the first clock to expire
    List<Event> immediate = new ArrayList<>();
    long[] deadlines = new long[nsubs];
    for (int i = 0; i < nsubs; i++) {
      int s = in + i * SUBSCRIPTION_SIZE;
      long userdata = mem.i64(s);
      int tag = mem.u8(s + 8);
      deadlines[i] = -1;
      if (tag == CLOCK) {
        int id = mem.i32(s + 16);
        long timeout = mem.i64(s + 24);
        int flags = mem.u16(s + 40);
        long now;
        try {
          now = clocks.time(id);
        } catch (WasiException e) {
          immediate.add(new Event(userdata, e.errno, CLOCK, 0, 0));
          continue;
        }
        long relative = (flags & ABSTIME) != 0 ? timeout - now : timeout;
        long d = start + Math.max(0, Math.min(relative, Long.MAX_VALUE / 4));
        deadlines[i] = d;
        earliest = Math.min(earliest, d);
      } else if (tag == FD_READ || tag == FD_WRITE) {
        // ready fds are checked in the loop below
      } else {
        throw new WasiException(Errno.INVAL);
      }
    }
    while (true) {
      List<Event> events = new ArrayList<>(immediate);
      boolean stdinPending = false;
      StreamFd waitOn = null;
      long now = System.nanoTime();
      for (int i = 0; i < nsubs; i++) {
        int s = in + i * SUBSCRIPTION_SIZE;
        long userdata = mem.i64(s);
        int tag = mem.u8(s + 8);
        if (tag == CLOCK) {
          if (deadlines[i] >= 0 && now - deadlines[i] >= 0) {
            events.add(new Event(userdata, Errno.SUCCESS, CLOCK, 0, 0));
          }
          continue;
        }
        int fd = mem.i32(s + 16);
        Fd f;
        try {
          f = fds.get(fd);
        } catch (WasiException e) {
          events.add(new Event(userdata, Errno.BADF, tag, 0, 0));
          continue;
        }
        if ((f.rightsBase & Rights.POLL_FD_READWRITE) == 0 && !(f instanceof StreamFd)) {
          events.add(new Event(userdata, Errno.NOTCAPABLE, tag, 0, 0));
        } else if (f instanceof DirFd) {
          events.add(new Event(userdata, Errno.BADF, tag, 0, 0));
        } else if (f instanceof FileFd) {
          long nbytes = 0;
          if (tag == FD_READ) {
            try {
              FileFd file = (FileFd) f;
              nbytes = Math.max(0, file.channel.size() - file.channel.position());
            } catch (IOException e) {
              events.add(new Event(userdata, Errno.of(e), tag, 0, 0));
              continue;
            }
          }
          events.add(new Event(userdata, Errno.SUCCESS, tag, nbytes, 0));
        } else {
          StreamFd stream = (StreamFd) f;
          if (tag == FD_WRITE) {
            if (stream.readable()) {
              events.add(new Event(userdata, Errno.BADF, tag, 0, 0));
            } else {
              events.add(new Event(userdata, Errno.SUCCESS, tag, 0, 0));
            }
          } else if (!stream.readable()) {
            events.add(new Event(userdata, Errno.BADF, tag, 0, 0));
          } else {
            long ready = stream.readyBytes();
            if (ready != 0) {
              events.add(
                  new Event(
                      userdata, Errno.SUCCESS, tag, Math.max(ready, 0), ready < 0 ? HANGUP : 0));
            } else {
              stdinPending = true;
              waitOn = stream;
            }
          }
        }
      }
      if (!events.isEmpty()) {
        for (int i = 0; i < events.size(); i++) {
          Event e = events.get(i);
          int o = out + i * EVENT_SIZE;
          mem.putI64(o, e.userdata());
          mem.putI16(o + 8, e.errno());
          mem.putI8(o + 10, e.type());
          mem.putI8(o + 11, 0);
          mem.putI32(o + 12, 0);
          mem.putI64(o + 16, e.nbytes());
          mem.putI16(o + 24, e.flags());
          mem.putI16(o + 26, 0);
          mem.putI32(o + 28, 0);
        }
        mem.putI32(neventsPtr, events.size());
        return Errno.SUCCESS;
      }
      long wait = earliest == Long.MAX_VALUE ? Long.MAX_VALUE : earliest - System.nanoTime();
      try {
        if (stdinPending) {
          waitOn.awaitInput(Math.max(1, Math.min(wait, 1_000_000_000L)));
        } else if (wait == Long.MAX_VALUE) {
          throw new WasiException(Errno.INVAL); // nothing can ever happen
        } else if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WasiException(Errno.INTR);
      }
    }
  }
}
