"""Request and response models."""

from pydantic import BaseModel, Field


class ProductIn(BaseModel):
    title: str
    price: float = Field(ge=0)
    quantity: int = 0
    tags: list[str] = []


class Product(ProductIn):
    id: int


class OrderIn(BaseModel):
    product_id: int
    quantity: int = 1
    coupon: str | None = None


class Order(OrderIn):
    id: int
    status: str = "new"
    total: float = 0.0
