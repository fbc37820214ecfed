"""Type stubs for the tongbao module (the Rust extension and its pandas helper)."""
import os
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

__version__: str

Json = Dict[str, Any]
PathLike = Union[str, "os.PathLike[str]"]

class TongbaoError(Exception):
    """A document, index, claim or argument tongbao cannot use; the message names it and says why."""

class Extractor:
    def __init__(self, rules: Optional[PathLike] = None) -> None: ...
    @property
    def rules_version(self) -> str: ...
    def extract(self, text: str, doc: Optional[str] = None, reference_date: Optional[str] = None) -> List[Json]: ...
    def extract_file(self, path: PathLike) -> List[Json]: ...
    def document(self, text_or_path: Union[str, "os.PathLike[str]"]) -> Union[Json, List[Json]]: ...
    def text(self, path: PathLike) -> str: ...
    def audit(self, text_or_path: Union[str, "os.PathLike[str]"]) -> List[Json]: ...
    def export_rows(self, paths: Sequence[PathLike], text_field: Optional[str] = None) -> Tuple[List[Json], List[str]]: ...

class Index:
    def __init__(self, path: PathLike) -> None: ...
    def search(
        self,
        query: str = "",
        *,
        facts: bool = False,
        limit: int = 10,
        sort: str = "relevance",
        kind: Optional[List[str]] = None,
        min: Optional[str] = None,
        max: Optional[str] = None,
        from_: Optional[str] = None,
        to: Optional[str] = None,
        region: Optional[str] = None,
        entity: Optional[str] = None,
        role: Optional[str] = None,
        scope: Optional[str] = None,
    ) -> List[Json]: ...
    def check(self, claim: str) -> List[Json]: ...

def export_schema() -> List[Tuple[str, str]]: ...
def fen_of(value: Optional[float]) -> Optional[int]: ...
def facts_frame(facts: Sequence[Json]) -> "pandas.DataFrame": ...
