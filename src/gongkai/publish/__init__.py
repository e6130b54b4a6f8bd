"""Publishing: the local catalogue (``published/``) and CKAN."""
