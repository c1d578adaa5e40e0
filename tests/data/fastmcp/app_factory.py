"""fastmcp server built in a factory, with tools nested inside."""

from fastmcp import FastMCP


def build_server(name: str = "notes") -> FastMCP:
    mcp = FastMCP(name)
    notes: list[str] = []
    defaults = ("welcome",)
    notes.extend(defaults)

    @mcp.tool
    def add(note: str) -> int:
        notes.append(note)  # expect: SLS101:9
        return len(notes)

    @mcp.tool
    def all_notes() -> list[str]:
        return list(notes)

    return mcp
