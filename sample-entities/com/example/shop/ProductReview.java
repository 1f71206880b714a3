package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

import java.time.Instant;

/** A user's review of a product, keyed by both (@IdClass). */
@Entity
@Table(name = "product_review")
@IdClass(ProductReviewId.class)
@Check(name = "ck_product_review_stars", constraints = "stars between 1 and 5")
public class ProductReview {
    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", foreignKey = @ForeignKey(name = "fk_product_review_product"))
    private Product product;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_product_review_author"))
    private User author;

    @Column(nullable = false)
    private short stars;

    @Enumerated(EnumType.ORDINAL)
    @Column(nullable = false)
    private ReviewVisibility visibility = ReviewVisibility.PUBLIC;

    @Column(length = 2000)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;
}
