import argparse, logging, warnings, sys
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(message)s")
log = logging.getLogger("app")
def main(argv=None):
    parser = argparse.ArgumentParser(prog="tool", description="Does things.", epilog="Bye.")
    parser.add_argument("files", nargs="*", help="input files")
    parser.add_argument("-n", "--count", type=int, default=1, help="how many (default: %(default)s)")
    parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(dest="cmd")
    s = sub.add_parser("run", help="run it"); s.add_argument("--dry", action="store_true")
    args = parser.parse_args(argv)
    log.debug("args %s", vars(args))
    log.info("info line"); log.warning("careful"); log.error("bad %d", 42)
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("failed dividing")
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)
    warnings.warn("plain warning")
    warnings.warn("runtime", RuntimeWarning)
    warnings.warn("plain warning")
    print(args)
    return args.count
if __name__ == "__main__":
    sys.exit(main())
