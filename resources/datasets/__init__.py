"""The shipped data sets (gzip-compressed CSV) and their README. Data only; read by ``nnsim.data.shipped``."""
