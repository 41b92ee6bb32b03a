from . import thing as _t
