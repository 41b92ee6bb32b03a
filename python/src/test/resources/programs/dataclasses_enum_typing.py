import dataclasses, enum, typing, abc, json, sys
from dataclasses import dataclass, field, asdict, astuple
@dataclass(order=True, frozen=True)
class Point:
    x: int
    y: int = 0
    tags: tuple = field(default=(), compare=False)
p = Point(1, 2); print(p, asdict(p), astuple(p), Point(0, 5) < p, hash(p) == hash(Point(1, 2)))
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
@dataclass
class Inv:
    items: list = field(default_factory=list)
    def __post_init__(self): self.count = len(self.items)
print(Inv([1, 2]), Inv().count, dataclasses.fields(Inv)[0].name)
@dataclass(slots=True, kw_only=True)
class K:
    a: int
    b: str = "x"
print(K(a=1), K.__slots__)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'].value, list(Color), Color.RED.name)
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm(7)), Perm.R in Perm(5), int(Perm.W | Perm.X))
class Shape(enum.StrEnum):
    CIRCLE = enum.auto(); SQUARE = enum.auto()
print(Shape.CIRCLE, repr(Shape.SQUARE), f"{Shape.CIRCLE}", Shape("square"))
try:
    Color(9)
except ValueError as e:
    print(e)
T = typing.TypeVar('T')
class Stack(typing.Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
print(Stack[int], typing.get_type_hints(Stack.push), typing.Optional[int], typing.Union[int, str], list[int] | None)
class Proto(typing.Protocol):
    def run(self) -> int: ...
print(typing.get_origin(dict[str, int]), typing.get_args(dict[str, int]), typing.Literal['a', 'b'])
class TD(typing.TypedDict):
    name: str
    age: int
print(TD(name='x', age=3), TD.__required_keys__ == frozenset({'name', 'age'}))
NT = typing.NamedTuple('NT', [('a', int), ('b', str)]); print(NT(1, 'z'))
class Base(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try:
    Base()
except TypeError as e:
    print(e)
class Sq(Base):
    def area(self): return 4
    @property
    def name(self): return "sq"
print(Sq().area(), Sq().name, isinstance(Sq(), Base), issubclass(int, typing.Hashable if False else object))
print(json.dumps(asdict(p)), json.dumps({"b": 1, "a": [1.5, None, True]}, sort_keys=True, indent=2))
print(json.dumps("é\u2603"), json.dumps("é", ensure_ascii=False), json.loads('{"x": 1e3, "y": [NaN]}'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1: object()})
except TypeError as e:
    print(e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), json.dumps([1, 2], separators=(',', ':')))
def match(x):
    match x:
        case {"type": "point", "x": int(a), "y": int(b)}: return f"pt {a},{b}"
        case [first, *rest]: return f"seq {first} +{len(rest)}"
        case Point(x=0): return "origin-x"
        case str() as s if s: return "str " + s
        case _: return "other"
print(match({"type": "point", "x": 1, "y": 2}), match([1, 2, 3]), match(Point(0)), match("s"), match(None))
