import argparse
p = argparse.ArgumentParser(prog="tool")
p.add_argument("n", type=int)
p.add_argument("--mode", choices=["fast", "slow"], required=True)
g = p.add_mutually_exclusive_group()
g.add_argument("--a", action="store_true"); g.add_argument("--b", action="store_true")
print(p.format_help())
print(p.parse_args(["3", "--mode", "fast", "--a"]))
try:
    p.parse_args(["3", "--a", "--b", "--mode", "slow"])
except SystemExit as e:
    print("exit", e.code)
p.parse_args(["x"])
