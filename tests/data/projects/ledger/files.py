from fastapi import APIRouter, UploadFile

from .storage import Storage

router = APIRouter()


@router.post("/files")
async def upload(file: UploadFile) -> str:
    return Storage.upload(file.filename or "file", await file.read())
