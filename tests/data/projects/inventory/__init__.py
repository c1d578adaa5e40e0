"""An inventory service split over modules, as tutorials grow into real projects."""
