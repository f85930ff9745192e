"""What the dashboard draws and how it is shared, without Streamlit (``app.py`` holds the page): the Folium map
(:mod:`.map`) and its popups (:mod:`.popups`), the events at a clicked point (:mod:`.details`), the map as it stood
on a day (:mod:`.playback`), the filters as a URL (:mod:`.url`).

May import: :mod:`conflictmap.errors`, :mod:`conflictmap.settings`, :mod:`conflictmap.store`, and the event
layer's types.
"""
