# Shortcuts for people who have make; kit.py does the same on every system.
.PHONY: start teach test bench
start:
	python3 kit.py start
teach:
	python3 kit.py teach
test:
	python3 kit.py test
bench:
	python3 kit.py bench
