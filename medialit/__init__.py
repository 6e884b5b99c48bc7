"""Media Literacy Lab: the machinery behind the lessons.

Importing the package is cheap; heavy libraries (nltk, ipywidgets, matplotlib)
load only when a function needs them.

>>> import medialit
>>> medialit.__version__
'0.1.0'
"""

from medialit.errors import MedialitError

__version__ = "0.1.0"
__all__ = ["MedialitError", "__version__"]
