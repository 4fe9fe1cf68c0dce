.PHONY: bench

# The performance benchmark: see bench/run.sh (--quick for 1,000 modules only).
bench:
	bench/run.sh
