-- Start-up: the Lua peer of startup.py.
print("ok")
