# decimal arithmetic through the C implementation (_decimal, an extension module loaded with
# dlopen; importing it first makes a missing one an error instead of a silent fall back to
# _pydecimal): +, *, /, sqrt and quantize at 40 digits.
import _decimal  # noqa: F401
from decimal import Decimal, localcontext


def run(n):
    with localcontext() as ctx:
        ctx.prec = 40
        s = Decimal(0)
        one = Decimal(1)
        cent = Decimal("0.01")
        for k in range(1, n + 1):
            d = Decimal(k)
            s += one / (d * d) + (d.sqrt() * d) / (d + 3)
            s -= (d / 7).quantize(cent)
        return str(s)
