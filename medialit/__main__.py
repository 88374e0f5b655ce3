import sys

from medialit.cli import main

sys.exit(main())
