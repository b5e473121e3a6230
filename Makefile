# Shortcuts for the scripts in Scripts/ (make is optional: the scripts are the real thing).
.PHONY: quickstart graphs test
quickstart:
	bash Scripts/quickstart.sh
graphs:
	bash Scripts/make-graphs.sh
test:
	bash Scripts/test.sh
