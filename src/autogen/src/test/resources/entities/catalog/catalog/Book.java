package catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;

import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
public class Book {
    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publisher_id")
    private Publisher publisher;

    @ManyToMany
    @JoinTable(name = "book_authors",
            joinColumns = @JoinColumn(name = "book_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"),
            foreignKey = @ForeignKey(name = "fk_book_authors_book"),
            inverseForeignKey = @ForeignKey(name = "fk_book_authors_author"))
    private Set<Author> authors;

    @ManyToMany
    private Set<Book> relatedBooks;

    @ElementCollection
    @CollectionTable(name = "book_tags", joinColumns = @JoinColumn(name = "book_id"))
    @Column(name = "tag", length = 40, nullable = false)
    private Set<String> tags;

    @ElementCollection
    @OrderColumn(name = "position")
    private List<Chapter> chapters;

    @ElementCollection
    @CollectionTable(name = "book_ratings")
    @MapKeyColumn(name = "source", length = 30)
    @Column(name = "stars")
    private Map<String, Integer> ratings;
}
