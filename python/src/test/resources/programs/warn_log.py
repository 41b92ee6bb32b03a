import warnings, logging, sys
warnings.warn("this is a user warning")
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
old()
warnings.simplefilter("always")
old()
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.info("starting %d", 3)
log.debug("hidden")
log.warning("careful")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
print("stdout still works")
