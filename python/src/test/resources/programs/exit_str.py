print("about to exit")
raise SystemExit("fatal: something went wrong")
