from fastapi import APIRouter, UploadFile

from .storage import LOCAL_CLIENT, SEARCH_CLIENT, Storage

router = APIRouter()


@router.post("/files")
async def upload(file: UploadFile) -> str:
    return Storage.upload(file.filename or "file", await file.read())


@router.post("/search/{name}")
async def index_file(name: str, data: bytes) -> str:
    LOCAL_CLIENT.upload(name, data)  # expect: SLS110:5
    return SEARCH_CLIENT.upload(name, data)  # one of two classes, by configuration: unsure
