"""An MCP server whose tools call a stateful notebook object."""

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")


class Notebook:
    def __init__(self) -> None:
        self.pages: list[str] = []
        self.title = "untitled"

    def write(self, text: str) -> int:
        self.pages.append(text)
        return len(self.pages)

    def rename(self, title: str) -> None:
        self.title = title

    def read(self, page: int) -> str:
        return self.pages[page]


notebook = Notebook()


@mcp.tool()
def write_note(text: str) -> int:
    return notebook.write(text)  # expect: SLS110:12


@mcp.tool()
def rename_notebook(title: str) -> str:
    notebook.rename(title)  # expect: SLS110:5
    return notebook.read(0)
