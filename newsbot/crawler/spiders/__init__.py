"""newsbot's spiders: they discover and fetch; pipelines extract and write."""
