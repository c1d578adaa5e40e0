"""Request and response models."""

from pydantic import BaseModel, Field


class ProductIn(BaseModel):
    title: str
    price: float = Field(ge=0)
    quantity: int = 0


class Product(ProductIn):
    id: int


class OrderIn(BaseModel):
    product_id: int
    quantity: int = 1


class Order(OrderIn):
    id: int
    total: float = 0.0
