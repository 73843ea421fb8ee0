-- One fixed request (the URL given to wrk), reported like the others.
dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
