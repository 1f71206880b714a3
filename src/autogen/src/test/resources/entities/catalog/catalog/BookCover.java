package catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "book_covers")
public class BookCover {
    @Id
    private Long id;

    @MapsId
    @OneToOne(optional = false)
    private Book book;

    private String imageUrl;
}
