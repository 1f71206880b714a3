package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Chapter {
    @Column(nullable = false, length = 150)
    private String title;
    private int pages;
}
