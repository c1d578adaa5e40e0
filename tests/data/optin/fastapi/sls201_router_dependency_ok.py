"""A dependency that checks the key, declared once for the whole router."""

from fastapi import APIRouter, Depends, Header, HTTPException

from .store import seen_before


async def check_key(key: str | None = Header(default=None, alias="Idempotency-Key")) -> None:
    if key is None:
        raise HTTPException(status_code=400, detail="missing key")
    if await seen_before(key):
        raise HTTPException(status_code=409)


router = APIRouter(prefix="/payments", dependencies=[Depends(check_key)])


@router.post("/")
async def create_payment(amount: int) -> dict:
    return {"amount": amount}


@router.patch("/{payment_id}")
async def capture_payment(payment_id: int) -> dict:
    return {"id": payment_id}
