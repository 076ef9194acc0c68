"""A generic, durable document store on TinyDB (knows nothing about claims)."""
