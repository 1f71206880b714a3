package com.example.shop;

import java.io.Serializable;
import java.util.Objects;

/** The key of a review: one review per product and user. */
public class ProductReviewId implements Serializable {
    private Long product;
    private Long author;

    @Override
    public boolean equals(Object o) {
        return o instanceof ProductReviewId other && Objects.equals(product, other.product)
                && Objects.equals(author, other.author);
    }

    @Override
    public int hashCode() {
        return Objects.hash(product, author);
    }
}
